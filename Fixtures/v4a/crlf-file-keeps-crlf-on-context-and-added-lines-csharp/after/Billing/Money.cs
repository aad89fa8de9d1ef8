namespace Billing
{
    public readonly struct Money
    {
        public Money(decimal amount, string currency)
        {
            Amount = amount;
            Currency = currency;
        }

        public decimal Amount { get; }
        public string Currency { get; }

        public override string ToString() => $"{Amount:0.00} {Currency}";
    }
}
