"""`python -m fgc_desktop` runs the same command line as `fgc-desktop`."""

import sys

from fgc_desktop.cli import main

sys.exit(main())
