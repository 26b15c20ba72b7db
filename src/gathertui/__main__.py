from gathertui.cli import main

raise SystemExit(main())
