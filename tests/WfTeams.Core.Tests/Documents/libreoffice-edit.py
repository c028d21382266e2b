#!/usr/bin/python3
"""Edits a .docx the way a LibreOffice user would: opens it in a headless LibreOffice, replaces
text (Find & Replace, "replaceAll"), saves it as "MS Word 2007 XML".

usage: libreoffice-edit.py IN.docx OUT.docx SEARCH REPLACE [SEARCH REPLACE ...]
Starts its own soffice (own profile directory, a named pipe: nothing listens on the network) and
ends it by its process id.
"""
import os, subprocess, sys, tempfile, time, uuid
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

src, dst, pairs = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
pipe = "wfteams-" + uuid.uuid4().hex
profile = tempfile.mkdtemp(prefix="lo-profile-")
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                           f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    deadline = time.time() + 90
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"); break
        except Exception:
            if time.time() > deadline or office.poll() is not None: raise
            time.sleep(0.3)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    for search, replace in zip(pairs[0::2], pairs[1::2]):
        d = doc.createReplaceDescriptor(); d.SearchString = search; d.ReplaceString = replace
        found = doc.replaceAll(d)
        if found == 0:
            print(f"not found: {search}", file=sys.stderr); sys.exit(2)
    doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)
    try: desktop.terminate()
    except Exception: pass
finally:
    try: office.wait(timeout=20)
    except subprocess.TimeoutExpired: office.kill()
