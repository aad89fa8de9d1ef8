pub fn km_to_miles(km: f64) -> f64 {
    km * 0.621_371
}

pub fn miles_to_km(miles: f64) -> f64 {
    miles / 0.621_371
}