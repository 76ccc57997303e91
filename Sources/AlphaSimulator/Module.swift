public enum AlphaSimulatorModule {}
