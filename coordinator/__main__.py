import sys

from coordinator.cli import main

if __name__ == "__main__":  # a report's own process imports this module too
    sys.exit(main())
