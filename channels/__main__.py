"""Entry point: ``python -m channels``."""

from channels.app import main

if __name__ == "__main__":
    main()
