"""The shared vocabularies of SPEC.md: sectors, agreement kinds and statuses.

They are the same words the reading produces, so a claim maps onto a record
without translation tables.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Confidentiality(models.TextChoices):
    PUBLIC = "public", _("Public")
    COMMISSION = "commission", _("Commission (ses membres)")
    PARTY = "party", _("Partie (sa délégation et le secrétariat)")


SECTORS: dict[str, tuple[str, str, str]] = {
    # code: (French, English, Russian)
    "general": ("Cadre général", "General framework", "Общие рамки"),
    "defence": ("Défense", "Defence", "Оборона"),
    "security": ("Sécurité", "Security", "Безопасность"),
    "justice": ("Justice", "Justice", "Юстиция"),
    "diplomacy": (
        "Diplomatie et affaires consulaires",
        "Diplomacy and consular affairs",
        "Дипломатия",
    ),
    "economy": ("Économie et finances", "Economy and finance", "Экономика и финансы"),
    "trade": ("Commerce", "Trade", "Торговля"),
    "energy": ("Énergie", "Energy", "Энергетика"),
    "nuclear": ("Nucléaire civil", "Civil nuclear", "Мирный атом"),
    "mining": ("Mines et géologie", "Mining and geology", "Горнодобывающая отрасль"),
    "agriculture": ("Agriculture et élevage", "Agriculture and livestock", "Сельское хозяйство"),
    "health": ("Santé", "Health", "Здравоохранение"),
    "education": ("Éducation et formation", "Education and training", "Образование"),
    "research": ("Recherche et innovation", "Research and innovation", "Наука и инновации"),
    "transport": ("Transports", "Transport", "Транспорт"),
    "infrastructure": ("Infrastructures", "Infrastructure", "Инфраструктура"),
    "digital": ("Numérique et médias", "Digital and media", "Цифровые технологии и СМИ"),
    "culture": (
        "Culture, jeunesse et sport",
        "Culture, youth and sport",
        "Культура, молодёжь и спорт",
    ),
    "water": ("Eau", "Water", "Водные ресурсы"),
    "environment": ("Environnement", "Environment", "Окружающая среда"),
    "migration": ("Migrations et emploi", "Migration and employment", "Миграция и занятость"),
    "social": ("Action sociale et humanitaire", "Social and humanitarian", "Социальная сфера"),
    "space": ("Espace", "Space", "Космос"),
    "administration": (
        "Administration territoriale",
        "Territorial administration",
        "Администрация",
    ),
}


class AgreementKind(models.TextChoices):
    FRAMEWORK = "framework", _("Accord-cadre")
    AGREEMENT = "agreement", _("Accord")
    CONVENTION = "convention", _("Convention")
    PROTOCOL = "protocol", _("Protocole")
    MEMORANDUM = "memorandum", _("Mémorandum d'entente")
    PROGRAMME = "programme", _("Programme")
    CONTRACT = "contract", _("Contrat")
    DECLARATION = "declaration", _("Déclaration")
    OTHER = "other", _("Autre")


class AgreementStatus(models.TextChoices):
    """Ordered from announcement to end of life; the dates of each step live on the agreement."""

    PLANNED = "planned", _("Annoncé")
    INITIALLED = "initialled", _("Paraphé")
    SIGNED = "signed", _("Signé")
    RATIFIED = "ratified", _("Ratifié")
    IN_FORCE = "in_force", _("En vigueur")
    EXPIRED = "expired", _("Expiré")
    TERMINATED = "terminated", _("Dénoncé")
