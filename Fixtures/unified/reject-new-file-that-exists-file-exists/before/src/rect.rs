pub struct Rect;
