package org.framelab.spark;

public final class SparkMain {
    public static void main(String[] args) {
        System.out.println("spark");
    }
}
