from app.worker.tasks import email, maintenance

__all__ = ["email", "maintenance"]
