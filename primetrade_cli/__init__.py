"""primetrade: the developer workflow of a scalable FastAPI + React stack, as commands."""

__version__ = "0.1.0"
