plugins {
    kotlin("jvm") version "2.0.0"
}

dependencies {
    implementation("com.squareup.okio:okio:3.9.0")
    implementation("org.slf4j:slf4j-simple:2.0.13")
    testImplementation(kotlin("test"))
}
