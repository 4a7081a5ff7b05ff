from app.worker.tasks import email, inference, maintenance

__all__ = ["email", "inference", "maintenance"]
