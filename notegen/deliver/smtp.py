"""The connection to the shop's SMTP server: its settings checked, then opened, secured and logged in."""

from __future__ import annotations

import smtplib
import ssl

from notegen.config import ShopConfig
from notegen.errors import DeliveryError


def reply(code: int, text: bytes | str) -> str:
    """A server reply as one line: `550 5.1.1 no such mailbox`."""
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(message.split())}".strip()


def server_name(config: ShopConfig) -> str:
    """The shop's SMTP server as `host:port`, for messages that name it."""
    return f"{config.smtp.host}:{config.smtp.port}"


def check_settings(config: ShopConfig, password: str | None) -> None:
    """Raise `DeliveryError` naming the key when the SMTP settings cannot work, before any connection."""
    smtp = config.smtp
    where = f"{config.path or 'notegen.toml'}: [smtp]"
    if not smtp.host:
        raise DeliveryError(f"{where} host is not set; name the shop's SMTP server")
    if not 0 < smtp.port < 65536:
        raise DeliveryError(f"{where} port {smtp.port} is not a port; use 587 (starttls), 465 (ssl) or 25")
    if smtp.timeout <= 0:
        raise DeliveryError(f"{where} timeout must be a number of seconds above 0")
    if smtp.username and not password:
        raise DeliveryError(
            f"{where} username is set but no password: set the environment variable {smtp.password_env}"
        )


def connect(config: ShopConfig, password: str | None) -> smtplib.SMTP:
    """An open, logged-in connection to [smtp] host; `DeliveryError` (with what to check) when it cannot be had."""
    check_settings(config, password)
    smtp = config.smtp
    where = f"{config.path or 'notegen.toml'}: [smtp]"
    context = ssl.create_default_context()
    client: smtplib.SMTP | None = None
    try:
        if smtp.security == "ssl":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
            if smtp.security == "starttls":
                client.starttls(context=context)
        if smtp.username:
            client.login(smtp.username, password or "")
        client.ehlo_or_helo_if_needed()
        return client
    except smtplib.SMTPAuthenticationError as error:
        close(client)
        raise DeliveryError(
            f"{where} login as {smtp.username!r} refused: {reply(error.smtp_code, error.smtp_error)}; "
            f"check the username and ${smtp.password_env}"
        ) from None
    except (OSError, smtplib.SMTPException) as error:
        close(client)
        raise DeliveryError(
            f"{where} cannot reach {smtp.host}:{smtp.port} with security {smtp.security!r}: {error}; "
            "check host, port and security (ssl for port 465, starttls for 587)"
        ) from None


def close(client: smtplib.SMTP | None) -> None:
    """End the session politely, or just close the socket when the server is gone."""
    if client is None:
        return
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()
