"""Minimal DOCX and ODT writers: hand-written XML in a zip, real heading styles and numbered lists."""

import zipfile
from xml.sax.saxutils import escape

FIXED_DATE = (2025, 1, 1, 0, 0, 0)


def _write(archive, name, text, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = compress
    archive.writestr(info, text.encode("utf-8"))


# ---------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(path, title, items):
    """items: ("h1"/"h2"/"h3"/"title"/"p", text), ("ol"/"ul", text, level), ("table", [[cell, ...], ...])."""
    body = []
    for item in items:
        kind = item[0]
        if kind == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{escape(c)}</w:t></w:r></w:p></w:tc>" for c in row) + "</w:tr>"
                for row in item[1])
            body.append(f"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>{rows}</w:tbl>")
            continue
        text = escape(item[1])
        style = {"title": "Title", "h1": "Heading1", "h2": "Heading2", "h3": "Heading3"}.get(kind)
        ppr = ""
        if style:
            ppr = f"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>"
        elif kind in ("ol", "ul"):
            num_id = 1 if kind == "ol" else 2
            level = item[2] if len(item) > 2 else 0
            ppr = f"<w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num_id}\"/></w:numPr></w:pPr>"
        body.append(f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    document = (
        f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\"><w:body>"
        + "".join(body) + "<w:sectPr/></w:body></w:document>")
    heading_styles = "".join(
        f"<w:style w:type=\"paragraph\" w:styleId=\"Heading{n}\"><w:name w:val=\"heading {n}\"/><w:basedOn w:val=\"Normal\"/>"
        f"<w:pPr><w:outlineLvl w:val=\"{n - 1}\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>" for n in (1, 2, 3))
    styles = (
        f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W}\">"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        + heading_styles +
        "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/></w:style>"
        "</w:styles>")

    def abstract(num, fmt, text):
        levels = "".join(
            f"<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/><w:lvlText w:val=\"{text.replace('1', str(i + 1))}\"/>"
            f"<w:pPr><w:ind w:left=\"{720 * (i + 1)}\" w:hanging=\"360\"/></w:pPr></w:lvl>" for i in range(3))
        return f"<w:abstractNum w:abstractNumId=\"{num}\">{levels}</w:abstractNum>"

    numbering = (
        f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"{W}\">"
        + abstract(0, "decimal", "%1.") + abstract(1, "bullet", "•")
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "</w:numbering>")
    content_types = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "</Types>")
    rels = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>")
    doc_rels = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        "</Relationships>")
    core = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escape(title) + "</dc:title>"
        "<dc:language>nl-NL</dc:language></cp:coreProperties>")
    with zipfile.ZipFile(path, "w") as archive:
        _write(archive, "[Content_Types].xml", content_types)
        _write(archive, "_rels/.rels", rels)
        _write(archive, "word/document.xml", document)
        _write(archive, "word/_rels/document.xml.rels", doc_rels)
        _write(archive, "word/styles.xml", styles)
        _write(archive, "word/numbering.xml", numbering)
        _write(archive, "docProps/core.xml", core)


# ---------------------------------------------------------------- ODT

ODT_NS = (
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"")


def odt(path, title, items):
    """items: ("h1"/"h2"/"h3"/"p", text), ("ul"/"ol", [texts])."""
    body = []
    for item in items:
        kind = item[0]
        if kind in ("h1", "h2", "h3"):
            level = int(kind[1])
            body.append(f"<text:h text:style-name=\"Heading_20_{level}\" text:outline-level=\"{level}\">{escape(item[1])}</text:h>")
        elif kind == "title":
            body.append(f"<text:p text:style-name=\"Title\">{escape(item[1])}</text:p>")
        elif kind in ("ul", "ol"):
            style = "Numbering_20_123" if kind == "ol" else "List_20_1"
            entries = "".join(f"<text:list-item><text:p text:style-name=\"P1\">{escape(t)}</text:p></text:list-item>" for t in item[1])
            body.append(f"<text:list text:style-name=\"{style}\">{entries}</text:list>")
        else:
            body.append(f"<text:p text:style-name=\"Text_20_body\">{escape(item[1])}</text:p>")
    content = (
        f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content {ODT_NS}><office:body><office:text>"
        + "".join(body) + "</office:text></office:body></office:document-content>")
    styles = (
        f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles {ODT_NS}><office:styles>"
        + "".join(
            f"<style:style style:name=\"Heading_20_{n}\" style:display-name=\"Heading {n}\" style:family=\"paragraph\" "
            f"style:default-outline-level=\"{n}\"><style:text-properties fo:font-weight=\"bold\"/></style:style>" for n in (1, 2, 3))
        + "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\"/>"
        "<text:list-style style:name=\"Numbering_20_123\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>"
        "<text:list-style style:name=\"List_20_1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>"
        "</office:styles></office:document-styles>")
    meta = (
        f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta {ODT_NS}><office:meta>"
        f"<dc:title>{escape(title)}</dc:title><dc:language>nl-NL</dc:language></office:meta></office:document-meta>")
    manifest = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        _write(archive, "mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        _write(archive, "META-INF/manifest.xml", manifest)
        _write(archive, "content.xml", content)
        _write(archive, "styles.xml", styles)
        _write(archive, "meta.xml", meta)
