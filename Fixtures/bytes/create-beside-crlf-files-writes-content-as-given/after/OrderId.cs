namespace Shop.Orders
{
    public readonly record struct OrderId(int Value);
}
