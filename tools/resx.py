#!/usr/bin/env python3
"""Writes Messages.resx (German, the neutral language) and Messages.en.resx from messages.tsv.

messages.tsv: key<TAB>German<TAB>English, one message a line. Edit the .tsv, run this script,
commit all three files: the .resx files are what the build embeds.
"""
import csv, pathlib, sys
from xml.sax.saxutils import escape

here = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "core/WfTeams.Core/Resources")
rows = [r for r in csv.reader(open(here / "messages.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
head = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
for column, name in [(1, "Messages.resx"), (2, "Messages.en.resx")]:
    body = "".join(f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[column])}</value></data>\n' for r in rows)
    (here / name).write_text(head + body + "</root>\n", encoding="utf-8")
print(f"{len(rows)} messages")
