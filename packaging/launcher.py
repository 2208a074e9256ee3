"""Entry script for the PyInstaller bundle: the same `main()` as `dollr-desktop` and `python -m`."""
import sys

from dollr_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
