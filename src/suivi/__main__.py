from suivi.cli.main import main

raise SystemExit(main())
