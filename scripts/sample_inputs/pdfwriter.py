"""A minimal PDF writer: Helvetica with WinAnsiEncoding, wrapped text, running header/footer,
"x van y" page counters, forced hyphenation, two-column pages, image-only pages and RC4
(standard security handler, revision 2) encryption. Standard library only."""

import hashlib
import os
import zlib

PAGE_W, PAGE_H = 595, 842
MARGIN_X, TOP, BOTTOM = 56, 790, 70

STYLES = {  # name: (font, size, leading, space before, space after)
    "title": ("F2", 18, 24, 0, 12),
    "h1": ("F2", 14, 19, 10, 6),
    "h2": ("F2", 12, 16, 8, 4),
    "h3": ("F2", 10.5, 14, 6, 3),
    "label": ("F2", 10, 13, 4, 1),
    "p": ("F1", 10, 13, 0, 8),
    "li": ("F1", 10, 13, 0, 3),
}


def char_width(c):
    if c == " ":
        return 0.278
    if c.isupper():
        return 0.69
    if c.isdigit():
        return 0.556
    if c in "ilj.,;:'!|":
        return 0.25
    if c in "mw":
        return 0.85
    if c.isalpha():
        return 0.54
    return 0.45


def text_width(text, size, bold=False):
    return sum(char_width(c) for c in text) * size * (1.06 if bold else 1.0)


def escape(text):
    raw = text.encode("cp1252")
    out = bytearray()
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        else:
            out.append(b)
    return bytes(out)


def wrap(text, width, size, bold):
    """Wraps on spaces. "\\n" forces a line break; "~" inside a word forces a break with a hyphen
    at the line end (hyphenation); "\\u00ad" at a forced break is kept as a soft hyphen."""
    lines = []
    for forced in text.split("\n"):
        current = ""
        for word in forced.split(" "):
            if "~" in word:
                head, tail = word.split("~", 1)
                candidate = (current + " " + head + "-").strip()
                lines.append(candidate)
                current = tail
                continue
            candidate = (current + " " + word).strip()
            if current and text_width(candidate, size, bold) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
    return lines


class Document:
    def __init__(self, header=None, footer=None, counter="Pagina {n} van {total}"):
        self.header, self.footer, self.counter = header, footer, counter
        self.pages = []  # each: list of (font, size, x, y, text) or ("rect", ...)
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.y = TOP

    def add(self, style, text, indent=0, bullet=None, x0=MARGIN_X, width=None):
        font, size, leading, before, after = STYLES[style]
        width = (width or (PAGE_W - 2 * MARGIN_X)) - indent
        lines = wrap(text, width - (14 if bullet else 0), size, font == "F2")
        needed = before + leading * min(len(lines), 3)
        if self.y - needed < BOTTOM:
            self.new_page()
        self.y -= before
        for number, line in enumerate(lines):
            if self.y - leading < BOTTOM:
                self.new_page()
            self.y -= leading
            x = x0 + indent
            if bullet and number == 0:
                self.pages[-1].append(("F1", size, x, self.y, bullet))
            self.pages[-1].append((font, size, x + (14 if bullet else 0), self.y, line))
        self.y -= after

    def columns(self, left, right):
        """Two columns side by side: lists of (style, text)."""
        start = self.y
        col_w = (PAGE_W - 2 * MARGIN_X - 24) / 2
        for style, text in left:
            self.add(style, text, x0=MARGIN_X, width=col_w)
        end_left = self.y
        self.y = start
        for style, text in right:
            self.add(style, text, x0=MARGIN_X + col_w + 24, width=col_w)
        self.y = min(self.y, end_left)

    def rectangle(self, x, y, w, h):
        self.pages[-1].append(("rect", x, y, w, h))

    def content_streams(self, running=True):
        total = len(self.pages)
        streams = []
        for n, items in enumerate(self.pages, start=1):
            ops = []
            extra = []
            if running and self.header:
                extra.append(("F1", 8, MARGIN_X, 812, self.header))
            if running and self.footer:
                extra.append(("F1", 8, MARGIN_X, 40, self.footer))
            if running and self.counter:
                label = self.counter.format(n=n, total=total)
                extra.append(("F1", 8, PAGE_W - MARGIN_X - text_width(label, 8), 40, label))
            for item in items + extra:
                if item[0] == "rect":
                    _, x, y, w, h = item
                    ops.append(b"0.6 0.6 0.6 rg %.1f %.1f %.1f %.1f re f" % (x, y, w, h))
                    continue
                font, size, x, y, text = item
                ops.append(b"BT /%s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (font.encode(), size, x, y, escape(text)))
            streams.append(b"\n".join(ops))
        return streams

    def write(self, path, running=True, user_password=None):
        write_pdf(path, self.content_streams(running), user_password)


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def padded(password):
    raw = password.encode("latin-1")[:32]
    return raw + PAD[: 32 - len(raw)]


def write_pdf(path, streams, user_password=None):
    """Writes pages whose content streams are given; encrypts with RC4-40 when a password is given."""
    # The file name alone, so that the file is the same wherever the generator runs.
    file_id = hashlib.md5(os.path.basename(path).encode("utf-8")).digest()
    permissions = -44
    key = None
    encrypt_dict = b""
    if user_password is not None:
        owner_key = hashlib.md5(padded("eigenaar-" + user_password)).digest()[:5]
        o_value = rc4(owner_key, padded(user_password))
        key = hashlib.md5(padded(user_password) + o_value + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
        u_value = rc4(key, PAD)
        encrypt_dict = b"/Filter /Standard /V 1 /R 2 /Length 40 /O <%s> /U <%s> /P %d" % (
            o_value.hex().encode(), u_value.hex().encode(), permissions)

    n_pages = len(streams)
    # Objects: 1 catalog, 2 pages, 3 F1, 4 F2, then per page: page object, content stream; last: encrypt.
    objects = {}
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, content in enumerate(streams):
        page_no, content_no = 5 + 2 * i, 6 + 2 * i
        objects[page_no] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            b"/Contents %d 0 R >>" % (PAGE_W, PAGE_H, content_no))
        data = zlib.compress(content)
        if key is not None:
            object_key = hashlib.md5(key + content_no.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
            data = rc4(object_key, data)
        objects[content_no] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
    encrypt_ref = b""
    if key is not None:
        encrypt_no = 5 + 2 * n_pages
        objects[encrypt_no] = b"<< " + encrypt_dict + b" >>"
        encrypt_ref = b" /Encrypt %d 0 R" % encrypt_no

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>]%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, file_id.hex().encode(), file_id.hex().encode(), encrypt_ref, xref)
    with open(path, "wb") as handle:
        handle.write(bytes(out))
