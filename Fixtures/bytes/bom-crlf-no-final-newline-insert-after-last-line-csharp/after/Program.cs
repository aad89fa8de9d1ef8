namespace Demo
{
    public static class Program
    {
        public static void Main() => System.Console.WriteLine("Grüezi");
    }
}
// generated: do not edit