"""Sample data bundled with suivi for `suivi demo`: short articles and register records."""
