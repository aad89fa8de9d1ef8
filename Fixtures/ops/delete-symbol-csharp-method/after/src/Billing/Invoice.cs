using System.Collections.Generic;

namespace Shop.Billing
{
    public class Invoice
    {
        private readonly List<decimal> _lines = new();

        public void AddLine(decimal amount)
        {
            _lines.Add(amount);
        }


        public decimal Total()
        {
            decimal sum = 0;
            foreach (var line in _lines) sum += line;
            return sum;
        }
    }
}
