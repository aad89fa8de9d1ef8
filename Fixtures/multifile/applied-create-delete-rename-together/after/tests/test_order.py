from models.order import Order


def test_large():
    assert Order(1, 5000).is_large()
