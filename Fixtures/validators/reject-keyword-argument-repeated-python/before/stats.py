def stats(rows):
    return dict(
        count=len(rows),
        total=sum(rows),
    )
