using System;
using System.Collections.Generic;
using System.Linq;

namespace Shop.Orders
{
    public sealed class Order
    {
        private readonly List<OrderLine> _lines = new();

        public Guid Id { get; } = Guid.NewGuid();

        public IReadOnlyList<OrderLine> Lines => _lines;

        public void AddLine(string sku, int quantity, decimal price)
        {
            _lines.Add(new OrderLine(sku, quantity, price));
        }

        public decimal Total() => _lines.Sum(l => l.Quantity * l.Price);
    }

    public sealed record OrderLine(string Sku, int Quantity, decimal Price);
}
