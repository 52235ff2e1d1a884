"""What a document file really is: its format, language and whether its bytes
match its extension. Editors never type these; they are read from the file."""

import re
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

# Human names for the formats visitors meet on download links.
FORMAT_LABELS = {
    "pdf": "PDF",
    "docx": "Word",
    "xlsx": "Excel",
    "pptx": "PowerPoint",
    "odt": "OpenDocument Text",
    "ods": "OpenDocument Spreadsheet",
    "csv": "CSV",
    "txt": _("Plain text"),
    "epub": "EPUB",
    "zip": "ZIP",
}

ZIP_SIGNATURE = b"PK\x03\x04"
# Office Open XML packages are ZIP files with a part folder that names the application.
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# OpenDocument and EPUB name their type in a stored `mimetype` member.
ZIP_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "epub": "application/epub+zip",
}
# Signatures of binaries that must never pass as text.
BINARY_SIGNATURES = (b"%PDF", ZIP_SIGNATURE, b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\x89PNG", b"GIF8", b"\xff\xd8")

SNIFF_BYTES = 64 * 1024
# Archive members are read with a cap: a 400 KB upload can inflate to gigabytes
# (a zip bomb). The `mimetype` member is a few dozen bytes; metadata a few kB.
MIMETYPE_MEMBER_MAX = 256
METADATA_MEMBER_MAX = 512 * 1024


def extension_of(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def format_label(extension: str) -> str:
    return str(FORMAT_LABELS.get(extension, extension.upper()))


def human_size(size: int | None) -> str:
    """1.2 MB, 350 kB: decimal units, as operating systems show download sizes."""
    if size is None:
        return ""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} B"


def language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


@dataclass(frozen=True)
class FileProblem:
    message: str


def _read_head_and_tail(file) -> tuple[bytes, bytes]:
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    try:
        file.seek(0, 2)
        end = file.tell()
        file.seek(max(0, end - SNIFF_BYTES))
        tail = file.read(SNIFF_BYTES)
    finally:
        file.seek(0)
    return head, tail


def _zip_names(file) -> zipfile.ZipFile | None:
    try:
        file.seek(0)
        return zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes | None:
    """At most `limit` bytes of an archive member, or None when it claims to be
    larger or inflates past the limit (its declared size can lie)."""
    try:
        info = archive.getinfo(name)
        if info.file_size > limit:
            return None
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        return None
    return data if len(data) <= limit else None


def content_matches_extension(file, extension: str) -> bool:
    """True when the file's bytes are what its extension claims (a renamed
    executable or a PDF called .docx is refused)."""
    head, _tail = _read_head_and_tail(file)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in OOXML_PARTS or extension in ZIP_MIMETYPES or extension == "zip":
        if not head.startswith(ZIP_SIGNATURE):
            return False
        if extension == "zip":
            return True
        archive = _zip_names(file)
        if archive is None:
            return False
        with archive:
            names = archive.namelist()
            if extension in OOXML_PARTS:
                return "[Content_Types].xml" in names and any(n.startswith(OOXML_PARTS[extension]) for n in names)
            declared = read_member(archive, "mimetype", MIMETYPE_MEMBER_MAX) if "mimetype" in names else None
            return declared is not None and declared.strip().decode("ascii", "replace") == ZIP_MIMETYPES[extension]
    if extension in ("csv", "txt"):
        if b"\x00" in head or head.startswith(BINARY_SIGNATURES):
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the sniff boundary is still text.
            return error.start >= len(head) - 3
        return True
    return False


def check_upload(file, name: str, size: int | None) -> list[str]:
    """Every reason the file may not be stored, as messages an editor can act on."""
    problems = []
    extension = extension_of(name)
    allowed = settings.WAGTAILDOCS_EXTENSIONS
    if extension not in allowed:
        problems.append(
            _("Files of type “.%(ext)s” cannot be published. Save it as one of: %(allowed)s.")
            % {"ext": extension or "?", "allowed": ", ".join(allowed)}
        )
        return problems
    if size is not None and size > settings.MAX_UPLOAD_SIZE:
        problems.append(
            _("This file is %(size)s; the limit is %(limit)s. Compress it or split it into parts.")
            % {"size": human_size(size), "limit": human_size(settings.MAX_UPLOAD_SIZE)}
        )
    if not content_matches_extension(file, extension):
        problems.append(
            _("This file is not really a .%(ext)s file (its contents say otherwise). Export it again as %(label)s.")
            % {"ext": extension, "label": format_label(extension)}
        )
    return problems


_PDF_LANG = re.compile(rb"/Lang\s*\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\)")
_XML_LANG = re.compile(r"<dc:language>\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\s*</dc:language>")
_ZIP_META_MEMBERS = ("docProps/core.xml", "meta.xml", "content.opf", "OEBPS/content.opf")


def declared_language(file, extension: str) -> str | None:
    """The language the file declares about itself (PDF /Lang, Office and
    OpenDocument dc:language), as a lower-case BCP 47 tag, or None."""
    if extension == "pdf":
        head, tail = _read_head_and_tail(file)
        match = _PDF_LANG.search(head) or _PDF_LANG.search(tail)
        return match.group(1).decode("ascii").lower() if match else None
    if extension in OOXML_PARTS or extension in ZIP_MIMETYPES:
        archive = _zip_names(file)
        if archive is None:
            return None
        with archive:
            for member in _ZIP_META_MEMBERS:
                data = read_member(archive, member, METADATA_MEMBER_MAX) if member in archive.namelist() else None
                if data:
                    match = _XML_LANG.search(data.decode("utf-8", "replace"))
                    if match:
                        return match.group(1).lower()
    return None


def site_language(tag: str | None) -> str | None:
    """Map a file's language tag to one of the site's language codes where
    possible ("en-GB" → "en", "zh-CN" → "zh-hans")."""
    if not tag:
        return None
    codes = [code for code, _name in settings.LANGUAGES]
    tag = tag.lower()
    if tag in codes:
        return tag
    primary = tag.split("-")[0]
    for code in codes:
        if code.split("-")[0] == primary:
            return code
    return primary


def stored_file_problems(document) -> list[str]:
    """Upload checks for a document already in the library (it may predate them)."""
    try:
        with document.open_file() as handle:
            return check_upload(handle, document.file.name, document.get_file_size())
    except OSError:
        return [str(_("The file of this document is missing from storage. Upload it again."))]
