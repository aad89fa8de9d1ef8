using System.Collections.Generic;
using System.Linq;

namespace Shop.Orders
{
    public sealed class Order
    {
        private readonly List<decimal> _prices = new();

        public void Add(decimal price) => _prices.Add(price);

        public decimal Total()
        {
            return _prices.Sum();
        }
    }
}
