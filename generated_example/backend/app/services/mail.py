"""Pluggable mail delivery: `log` (local default), `file` (one JSON file per mail) or `smtp`."""

import json
import os
import smtplib
import tempfile
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from app.core.config import Settings, settings
from app.core.logging import get_logger

log = get_logger(__name__)


class MailError(Exception):
    """Delivery failed in a way worth retrying."""


@dataclass(frozen=True, slots=True)
class Mail:
    to: str
    subject: str
    body: str
    idempotency_key: str


class MailBackend(Protocol):
    def send(self, mail: Mail) -> None: ...


class LogMailBackend:
    def send(self, mail: Mail) -> None:
        log.info("mail.sent", to=mail.to, subject=mail.subject, key=mail.idempotency_key)


class FileMailBackend:
    """Writes `<outbox>/<idempotency key>.json`; a second send of the same key is a no-op."""

    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox

    def send(self, mail: Mail) -> None:
        target = self.outbox / f"{mail.idempotency_key}.json"
        try:
            self.outbox.mkdir(parents=True, exist_ok=True)
            if target.exists():
                return
            fd, tmp = tempfile.mkstemp(dir=self.outbox, suffix=".tmp")
            with os.fdopen(fd, "w") as handle:
                json.dump(asdict(mail), handle, sort_keys=True)
            os.replace(tmp, target)
        except OSError as exc:  # a full or unmounted disk: worth a retry
            raise MailError(f"cannot write {target}: {exc}") from exc


class SmtpMailBackend:
    def __init__(self, conf: Settings) -> None:
        self.conf = conf

    def send(self, mail: Mail) -> None:
        message = EmailMessage()
        message["From"] = self.conf.MAIL_FROM
        message["To"] = mail.to
        message["Subject"] = mail.subject
        message["Message-ID"] = f"<{mail.idempotency_key}@{self.conf.PROJECT_SLUG}>"
        message.set_content(mail.body)
        try:
            with smtplib.SMTP(self.conf.SMTP_HOST, self.conf.SMTP_PORT, timeout=10) as smtp:
                if self.conf.SMTP_STARTTLS:
                    smtp.starttls()
                if self.conf.SMTP_USERNAME and self.conf.SMTP_PASSWORD:
                    smtp.login(self.conf.SMTP_USERNAME, self.conf.SMTP_PASSWORD.get_secret_value())
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(str(exc)) from exc


def get_mail_backend(conf: Settings = settings) -> MailBackend:
    if conf.MAIL_BACKEND == "file":
        return FileMailBackend(conf.MAIL_OUTBOX_DIR or conf.data_dir / "outbox")
    if conf.MAIL_BACKEND == "smtp":
        return SmtpMailBackend(conf)
    return LogMailBackend()
