"""PDF of a DOCX with its table of contents filled in, for Wspólnie's OfficePdf.

    python3 office_pdf.py <soffice> <directory>

Starts LibreOffice headless with a profile of its own in <directory>, opens <directory>/dokument.docx over a UNO
pipe, updates its indexes (the DOCX carries the table of contents without page numbers, for Word to fill in on
opening; LibreOffice's plain --convert-to would print it so) and writes <directory>/dokument.pdf.
"""
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException

START_TIMEOUT_S = 60


def _property(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(soffice, directory):
    pipe = "wspolnie-pdf-%d" % os.getpid()
    office = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault",
                               "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(directory, "profile")),
                               "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                              start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if office.poll() is not None or time.monotonic() > deadline:
                    sys.exit("LibreOffice did not start (exit code %s)" % office.poll())
                time.sleep(0.1)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.join(directory, "dokument.docx")),
                                                "_blank", 0, (_property("Hidden", True),))
        try:
            indexes = document.getDocumentIndexes()
            # twice: filling the page numbers in can change how many pages the table of contents itself takes
            for _ in range(2):
                for i in range(indexes.getCount()):
                    indexes.getByIndex(i).update()
            document.storeToURL(uno.systemPathToFileUrl(os.path.join(directory, "dokument.pdf")),
                                (_property("FilterName", "writer_pdf_Export"),))
        finally:
            document.close(True)
        try:
            desktop.terminate()
        except DisposedException:
            pass  # the bridge goes down with LibreOffice
        office.wait(30)
    finally:
        if office.poll() is None:
            # soffice starts soffice.bin as its child: the whole group goes
            os.killpg(office.pid, signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
