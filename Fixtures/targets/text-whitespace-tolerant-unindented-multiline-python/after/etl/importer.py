class Importer:
    def load(self, path):
        with open(path, encoding="utf-8") as fh:
            rows = fh.readlines()
        rows = [r for r in rows if r.strip()]
        return [r.strip() for r in rows]
