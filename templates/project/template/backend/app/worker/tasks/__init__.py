from app.worker.tasks import email

__all__ = ["email"]
