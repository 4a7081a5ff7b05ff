"""Print the OpenAPI document without starting a server: `python -m app.openapi > openapi.json`."""

import json
import sys


def render() -> str:
    from app.main import create_app

    return json.dumps(create_app().openapi(), sort_keys=True, indent=2) + "\n"


def main() -> None:
    sys.stdout.write(render())


if __name__ == "__main__":
    main()
