"""A Portuguese name of two given names, a family name, a particle and a family name is
written alone by its first family name: "Lula" of "Luiz Inácio Lula da Silva" speaks when
"Lula told" the hall. With one given name ("José Eduardo dos Santos") the word before the
particle is a given name and names nobody alone (guard). Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading import people
from suivi.reading.pipeline import read


def test_the_family_name_before_the_particle_speaks():
    reading = read(
        "JAKARTA - Brazilian President Luiz Inácio Lula da Silva and Indonesian President "
        "Prabowo Subianto met business leaders in Jakarta on Wednesday.\n"
        '"Our two countries grow food for half of the world and must work together," Lula told '
        "some 300 executives."
    )
    assert [q.speaker for q in reading.quotes] == ["Luiz Inácio Lula da Silva"]


def test_a_family_name_after_two_given_names():
    assert people._before_particle("Maria Helena Rebelo de Sousa") == "Rebelo"
    assert people._same_person("Rebelo", "Maria Helena Rebelo de Sousa")


def test_after_one_given_name_the_word_is_a_given_name():
    assert people._before_particle("José Eduardo dos Santos") is None
    assert not people._same_person("Eduardo", "José Eduardo dos Santos")
