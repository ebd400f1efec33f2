#!/usr/bin/env python3
"""Derives per-norm word counts for langid from Debian's LibreOffice, Firefox and Thunderbird translations.

The three translation packs of each program render the same English messages in Danish, Bokmål and
Nynorsk: a parallel corpus of the three norms, so the counts differ only by norm, not by topic. This
script downloads pinned versions of the nine Debian packages (checked by SHA-256), reads the translated
strings from them (gettext .mo files of LibreOffice; .ftl, .properties and .dtd files of the Mozilla
language packs), keeps the messages translated in all three norms, and writes

    services/langid/src/main/resources/langid/norm-words.tsv

a table of lower-cased words (letter runs, as the classifier reads them) with their count in each norm.
Only counts are written, never the strings. Words seen fewer than MIN_TOTAL times over the three norms
are left out.

    python3 services/langid/tools/norm_tables.py            # regenerate the table
    python3 services/langid/tools/norm_tables.py --check    # regenerate in memory, compare byte for byte
    ... --debs DIR                                           # use .deb files already in DIR

Python 3 standard library only (plus `apt-get download`, or https://snapshot.debian.org when the pinned
version has left the archive). The packages are MPL-2.0; counts derived from them are recorded in
THIRD-PARTY.md and docs/licences.md.
"""
import argparse
import hashlib
import io
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "src", "main", "resources", "langid", "norm-words.tsv")
NORMS = ("da", "nb", "nn")
MIN_TOTAL = 3

# (package, version, norm, sha256, sha1 for https://snapshot.debian.org/file/<sha1>)
PACKAGES = [
    ("libreoffice-l10n-da", "4:7.4.7-1+deb12u14", "da",
     "478ce1d8cfa3d492ae7aaccc38a036f6d95af6fa7adee67b883270ecb3165337", "db808cb029c93d9feee7395aff2b837e52c7e9d7"),
    ("libreoffice-l10n-nb", "4:7.4.7-1+deb12u14", "nb",
     "60d749edebe5b7d7c282f6c3e9504b4e3002f4172c39c9843160ce4620ae61e6", "74340ea9b8d9819fbe6340690709ef304b84fbb1"),
    ("libreoffice-l10n-nn", "4:7.4.7-1+deb12u14", "nn",
     "7e0de32c3aa2b49bc8ebe6a716cc8c7f9f2a48c24a7a454083f28b16b4450ed3", "81a1addfe4f8611b82cff28cafed65f8cf063663"),
    ("firefox-esr-l10n-da", "153.8.0esr-1~deb12u1", "da",
     "f94144bf08cf274910bc2baf9dfcef9e6b86ebce9ca864c42e00d7372738bd93", "99cbd04318487d88a29ee4c8ed89624c9bc47f54"),
    ("firefox-esr-l10n-nb-no", "153.8.0esr-1~deb12u1", "nb",
     "32ff63c326fe512e118a67e12d6b5a361f3182a7d3b29a1cfa9887ad157dbdf8", "88c7d3c4c20b5468c43caefeb58ec40a5d9c19f7"),
    ("firefox-esr-l10n-nn-no", "153.8.0esr-1~deb12u1", "nn",
     "83d32d6e51ebfe242bb618fa5027806896e970d891f923599ed63bbb920f5812", "93778acdd31853e9aae14af8911c73503d65d6a7"),
    ("thunderbird-l10n-da", "1:153.8.0esr-1~deb12u1", "da",
     "72b239f3133693804f775bf6a0c67d40a1785ab22af1dec54b6e4a460975018b", "781612badb3c375d58ae797f650da96bfa51fd16"),
    ("thunderbird-l10n-nb-no", "1:153.8.0esr-1~deb12u1", "nb",
     "2ea1a42f02e8374341ce4e220232fc8ba9f14ddf1c559f253058fe0164e646b6", "7cf17020af463c2621700d6ab3f4621b9cc9ca64"),
    ("thunderbird-l10n-nn-no", "1:153.8.0esr-1~deb12u1", "nn",
     "2170dc6382fab841ddbd08af8a46fad7a8c58ece171e64f8292e49d13b067bae", "061efeea97247744f6ff9494b23efad7e78cb3a2"),
]


def deb_file_name(package, version):
    return "%s_%s_all.deb" % (package, version.replace(":", "%3a"))


def fetch(debs):
    """Path of each pinned package in `debs`, downloading what is missing; every file's SHA-256 is checked."""
    paths = []
    for package, version, _norm, sha256, sha1 in PACKAGES:
        path = os.path.join(debs, deb_file_name(package, version))
        if not os.path.exists(path):
            result = subprocess.run(["apt-get", "download", "%s=%s" % (package, version)], cwd=debs,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if result.returncode != 0 or not os.path.exists(path):
                url = "https://snapshot.debian.org/file/" + sha1
                print("apt-get download %s=%s failed; trying %s" % (package, version, url), file=sys.stderr)
                with urllib.request.urlopen(url, timeout=120) as response, open(path, "wb") as out:
                    out.write(response.read())
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if digest != sha256:
            sys.exit("%s: SHA-256 %s, expected %s" % (path, digest, sha256))
        paths.append(path)
    return paths


def deb_members(path):
    """The files of a .deb's data archive: {path inside the package: bytes}, read without dpkg."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"!<arch>\n":
        raise ValueError(path + " is not an ar archive")
    pos = 8
    while pos < len(data):
        header = data[pos:pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        body = data[pos + 60:pos + 60 + size]
        pos += 60 + size + (size % 2)
        if name.startswith("data.tar"):
            files = {}
            with tarfile.open(fileobj=io.BytesIO(body)) as tar:
                for member in tar.getmembers():
                    if member.isfile():
                        files[member.name.lstrip("./")] = tar.extractfile(member).read()
            return files
    raise ValueError(path + " has no data archive")


def read_mo(data):
    """{msgctxt\\x04msgid: msgstr} of a gettext .mo file (plural forms joined by NUL are kept whole)."""
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412de else ">"
    _magic, _revision, count, ids, strs = struct.unpack(order + "5I", data[:20])
    messages = {}
    for i in range(count):
        length, offset = struct.unpack(order + "2I", data[ids + 8 * i:ids + 8 * i + 8])
        key = data[offset:offset + length].decode("utf-8")
        length, offset = struct.unpack(order + "2I", data[strs + 8 * i:strs + 8 * i + 8])
        if key:  # the empty key is the header
            messages[key] = data[offset:offset + length].decode("utf-8")
    return messages


FTL_ENTRY = re.compile(r"^(-?[A-Za-z][\w-]*|\s+\.[\w-]+)\s*=\s?(.*)$")


def read_ftl(text):
    """{message or message.attribute: value} of a Fluent file; indented lines continue the value."""
    messages = {}
    key = None
    message = None
    for line in text.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        match = FTL_ENTRY.match(line)
        if match and not line.startswith(" ") or match and match.group(1).strip().startswith("."):
            name = match.group(1).strip()
            if name.startswith("."):
                key = "%s%s" % (message, name)
            else:
                message = key = name
            messages[key] = match.group(2)
        elif key is not None and line.startswith(" "):
            messages[key] += "\n" + line.strip()
    return messages


def read_properties(text):
    messages = {}
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("!") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        messages[key.strip()] = value.strip()
    return messages


DTD_ENTITY = re.compile(r'<!ENTITY\s+([\w.-]+)\s+"([^"]*)"\s*>|<!ENTITY\s+([\w.-]+)\s+\'([^\']*)\'\s*>')


def read_dtd(text):
    messages = {}
    for match in DTD_ENTITY.finditer(text):
        if match.group(1):
            messages[match.group(1)] = match.group(2)
        else:
            messages[match.group(3)] = match.group(4)
    return messages


LOCALE = re.compile(r"(da|nb-NO|nn-NO)")


def messages(path):
    """{(source, key): translated text} of one package."""
    found = {}
    for name, data in deb_members(path).items():
        if name.endswith(".mo") and "/libreoffice/program/resource/" in name:
            for key, value in read_mo(data).items():
                found[("libreoffice", os.path.basename(name), key)] = value
        elif name.endswith(".xpi"):
            product = "firefox" if "firefox" in name else "thunderbird"
            with zipfile.ZipFile(io.BytesIO(data)) as xpi:
                for inner in sorted(xpi.namelist()):
                    readers = {".ftl": read_ftl, ".properties": read_properties, ".dtd": read_dtd}
                    reader = readers.get(os.path.splitext(inner)[1])
                    if reader is None:
                        continue
                    text = xpi.read(inner).decode("utf-8", errors="replace")
                    generic = LOCALE.sub("LOCALE", inner)
                    for key, value in reader(text).items():
                        found[(product, generic, key)] = value
    return found


# placeholders, markup and accelerators, which are not words of any norm
NOISE = re.compile(
    r"\{[^{}]*\}"            # Fluent placeables { $count }, { -brand-short-name }
    r"|<[^<>]*>"             # markup
    r"|&[#\w]+;"             # entities
    r"|%\d*\$?[A-Za-z]"      # printf placeholders %s %1$S
    r"|\$\w+|\$\([\w ]+\)"   # $ARG1$ $(ARG1)
    r"|#\w+#?"               # #lib#
    r"|%\w+%?"               # %PRODUCTNAME
    r"|\b\w*_\w*\b"          # identifiers with underscores
)


def words(text):
    """Lower-cased letter runs, as NordicClassifier.forEachWord reads them (accelerators ~ and _ removed)."""
    text = NOISE.sub(" ", text.replace("~", "").replace("_", ""))
    out = []
    word = []
    for c in text + " ":
        if c.isalpha():
            word.append(c.lower())
        elif word:
            out.append("".join(word))
            word = []
    return out


def build(paths):
    per_norm = {norm: {} for norm in NORMS}
    for (package, _version, norm, _sha256, _sha1), path in zip(PACKAGES, paths):
        per_norm[norm].update(messages(path))
    shared = set(per_norm["da"]) & set(per_norm["nb"]) & set(per_norm["nn"])
    counts = {norm: Counter() for norm in NORMS}
    identical_nb_nn = 0
    for key in sorted(shared):
        texts = [per_norm[norm][key] for norm in NORMS]
        if len(set(texts)) == 1:
            continue  # untranslated, or a name/number: the same in all three says nothing about a norm
        identical_nb_nn += texts[1] == texts[2]
        for norm, text in zip(NORMS, texts):
            counts[norm].update(words(text))
    totals = {norm: sum(counts[norm].values()) for norm in NORMS}
    vocabulary = set().union(*[set(c) for c in counts.values()])
    kept = sorted(w for w in vocabulary if sum(counts[n][w] for n in NORMS) >= MIN_TOTAL)
    lines = [
        "# Per-norm word counts for langid, derived from parallel translations (the same messages in Danish,",
        "# Bokmål and Nynorsk). Generated by services/langid/tools/norm_tables.py; do not edit.",
        "# Sources (Debian bookworm packages, MPL-2.0; only word counts are derived, no strings are copied):",
    ]
    for package, version, norm, sha256, _sha1 in PACKAGES:
        lines.append("#   %s %s (%s) sha256 %s" % (package, version, norm, sha256))
    lines += [
        "# Licence of the sources: MPL-2.0 (the LibreOffice, Mozilla Firefox and Thunderbird localisations).",
        "# Messages translated in all three norms and not identical in all three: %d (identical in nb and nn: %d)."
        % (len(shared) - sum(1 for k in shared if len({per_norm[n][k] for n in NORMS}) == 1), identical_nb_nn),
        "# Cut-off: words seen fewer than %d times over the three norms are left out (%d of %d kept)."
        % (MIN_TOTAL, len(kept), len(vocabulary)),
        "# Columns: word, then its count in da, nb, nn. The totals row counts every running word before the cut-off.",
        "\t".join(["#total"] + [str(totals[n]) for n in NORMS]),
    ]
    for w in kept:
        lines.append("\t".join([w] + [str(counts[n][w]) for n in NORMS]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="regenerate and compare with the committed table")
    parser.add_argument("--debs", help="folder of the .deb files (downloaded there when missing)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        debs = args.debs or temp
        os.makedirs(debs, exist_ok=True)
        table = build(fetch(debs))
    digest = hashlib.sha256(table).hexdigest()
    if args.check:
        with open(TABLE, "rb") as f:
            committed = f.read()
        if committed != table:
            sys.exit("norm-words.tsv differs: regenerated sha256 %s, committed %s"
                     % (digest, hashlib.sha256(committed).hexdigest()))
        print("norm-words.tsv identical (sha256 %s)" % digest)
        return
    with open(TABLE, "wb") as f:
        f.write(table)
    print("wrote %s (%d bytes, sha256 %s)" % (os.path.relpath(TABLE), len(table), digest))


if __name__ == "__main__":
    main()
