class Importer:
    def load(self, path):
        with open(path) as fh:
            rows = fh.readlines()
        return [r.strip() for r in rows]
