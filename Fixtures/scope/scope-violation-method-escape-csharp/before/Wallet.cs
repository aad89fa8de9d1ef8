namespace Bank
{
    public class Wallet
    {
        private decimal cash;

        public void Add(decimal amount)
        {
            cash += amount;
        }
    }
}
