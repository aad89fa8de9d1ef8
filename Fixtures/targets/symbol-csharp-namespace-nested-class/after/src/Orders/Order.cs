namespace Shop.Orders
{
    public class Order
    {
        public List<Line> Lines { get; } = new();

        public class Line
        {
            public int Quantity { get; set; }
            public decimal UnitPrice { get; set; }

            public decimal Amount() => Quantity * UnitPrice;
        }

        public decimal Amount()
        {
            return Lines.Sum(l => l.Amount());
        }
    }
}
