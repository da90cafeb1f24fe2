"""Version 1 of the REST API (`/api/v1/`): every register and commission record, the review
queue and ingest, paged and filtered, with its OpenAPI schema and its docs served offline."""
