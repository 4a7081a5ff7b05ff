"""Identity of this project, fixed when it was generated."""

PROJECT_NAME = "Primetrade"
PROJECT_SLUG = "primetrade"
