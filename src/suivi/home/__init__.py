"""The home page: what needs the signed-in user, drawn from every domain app.

It lives above the domain apps (core is the ground they stand on and imports none of them).
"""
