namespace Bank
{
    public class Ledger
    {
        public void Open() { }

        public void Close() { }
    }
}
