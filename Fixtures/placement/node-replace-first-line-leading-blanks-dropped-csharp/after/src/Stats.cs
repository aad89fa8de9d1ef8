public static class Stats
{
    public static bool HasData(int count)
    {
        return count > 0;
    }
}
