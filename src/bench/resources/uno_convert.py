"""A UNO client of a LibreOffice kept running (bench-render): connects once, then for each line
"<docx path>\t<pdf path>" read from stdin converts the DOCX to PDF and answers the milliseconds it took.
Run with Debian's /usr/bin/python3 (python3-uno); the port is the first argument."""
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port, seconds=120):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(
                "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main():
    ctx = connect(int(sys.argv[1]))
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    print("ready", flush=True)
    load = (prop("Hidden", True), prop("ReadOnly", True))
    store = (prop("FilterName", "writer_pdf_Export"), prop("Overwrite", True))
    for line in sys.stdin:
        source, target = line.rstrip("\n").split("\t")
        start = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, load)
        doc.storeToURL(uno.systemPathToFileUrl(target), store)
        doc.close(True)
        print("%.3f" % ((time.perf_counter() - start) * 1000), flush=True)


if __name__ == "__main__":
    main()
