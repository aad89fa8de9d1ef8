pub fn meters(feet: f64) -> f64 {
    feet * 0.3048
}

pub fn km(miles: f64) -> f64 {
    miles * 1.609344
}


pub fn feet(meters: f64) -> f64 {
    meters / 0.3048
}
