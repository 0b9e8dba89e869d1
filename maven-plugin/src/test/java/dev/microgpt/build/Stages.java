package dev.microgpt.build;

/** Stand-ins for a stage of the build, run by {@link StageMojoTest} in JVMs of their own. */
final class Stages {
    private Stages() {
    }

    /** A stage whose input has two problems: it says so, one line each, and fails. */
    static final class Failing {
        public static void main(String[] args) {
            System.out.println("check: reading " + args[0]);
            System.err.println(args[0] + "/step-0/01-dataset.md:3: unknown widget 'pair-steper'");
            System.err.println(args[0] + "/step-0/02-tokenizer.md:9: the binding {{ step0.loss }} has no value");
            System.exit(1);
        }
    }

    /** A stage that warns and succeeds. */
    static final class Warning {
        public static void main(String[] args) {
            System.err.println("warning: " + String.join(" ", args));
        }
    }

    /** A stage that fails without a word. */
    static final class Silent {
        public static void main(String[] args) {
            System.exit(3);
        }
    }
}
