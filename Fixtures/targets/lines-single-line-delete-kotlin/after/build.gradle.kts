plugins {
    kotlin("jvm") version "2.0.0"
}

dependencies {
    implementation("com.squareup.okio:okio:3.9.0")
    testImplementation(kotlin("test"))
}
