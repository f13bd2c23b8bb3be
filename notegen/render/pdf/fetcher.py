"""The only way a PDF insert reaches outside itself: the insert templates' own assets and the shop's logo.

WeasyPrint asks a URL fetcher for every stylesheet, font and image a document names. This one serves
`data:` URIs (the QR codes), files under ``templates/insert/`` and the one logo file the shop config names,
and refuses everything else (http, ftp, any other file), so that nothing a customer typed can make
rendering touch the network or read a file.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

from notegen.resources import templates_dir

log = logging.getLogger("notegen")


def insert_dir() -> Path:
    """The folder of the insert templates, stylesheets and fonts."""
    return (templates_dir() / "insert").resolve()


class InsertFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """Serves `data:` URIs, files under `templates/insert/` and the shop's logo; refuses the rest.

    Every refused URL is kept in `refused` (and logged), so a caller can tell that something was asked for.
    """

    def __init__(self, logo: Path | None = None) -> None:
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False)
        self.root = insert_dir()
        self.logo = logo.resolve() if logo else None
        self.refused: list[str] = []

    def allows(self, path: Path) -> bool:
        """Whether `path` (a local file) may be read while rendering."""
        resolved = path.resolve()
        return resolved == self.logo or (resolved.is_relative_to(self.root) and resolved.is_file())

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            parts = urlsplit(url)
            path = Path(url2pathname(unquote(parts.path)))
            if parts.netloc in ("", "localhost") and self.allows(path):
                content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})
        self.refused.append(url)
        log.warning("refused to fetch %s while rendering an insert (only the insert's own files and the logo)", url)
        raise ValueError(f"notegen inserts may not fetch {url}")
