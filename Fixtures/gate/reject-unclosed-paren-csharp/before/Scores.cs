using System.Collections.Generic;

namespace Game
{
    public class Scores
    {
        private readonly List<int> values = new List<int>();

        public void Add(int value)
        {
            values.Add(value);
        }

        public int Total()
        {
            var total = 0;
            foreach (var v in values) total += v;
            return total;
        }
    }
}
