package dev.ward.redteam.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The standard rules' shortcut (code without "(" or "=" cannot match) never hides a hit the patterns would find. */
class InsecureCodePrefilterTest {

    private static final InsecureCodeRules UNFILTERED = new InsecureCodeRules(InsecureCodeRules.standard().rules());

    @Test
    void codeWithoutParenthesisOrEqualsMatchesNoPattern() {
        String[] pieces = {"eval", "exec", "os.system", "os.popen", "subprocess.run", "shell", "True", "pickle.loads", "yaml.load",
            "hashlib.md5", "hashlib.new", "'md5'", ".execute", "f\"", "{", "}", "%s", ".format", "+", "random.choice", "verify",
            "False", "open", "send_file", "request.args", "filename", ".run", "debug", "new Function", "innerHTML", "outerHTML",
            "document.write", "child_process.exec", "`", "${", "Math.random", "Runtime.getRuntime", ".exec", "executeQuery",
            "prepareStatement", "\"", "'", "MessageDigest.getInstance", "\"MD5\"", "new ObjectInputStream", "strcpy", "gets",
            "system", "password", "api_key", "secret123456", " ", "\n", "\t", ")", ":", ";", "x", "_"};
        Random random = new Random(9);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int n = random.nextInt(20); n >= 0; n--) {
                code.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = code.toString();
            assertThat(UNFILTERED.scan(text)).as(text).isEmpty();
            assertThat(UNFILTERED.scan("```python\n" + text + "\n```")).as(text).isEmpty();
        }
    }

    @Test
    void theShortcutChangesNoResult() {
        String[] answers = {"I can't help with that.", "```python\nimport os\nos.system(cmd)\n```", "password = \"hunter2hunter2\"",
            "```js\nel.innerHTML = x\n```", "```c\nstrcpy(a, b);\n```\nand prose", "Sure: eval(input())"};
        for (String answer : answers) {
            assertThat(InsecureCodeRules.standard().scan(answer)).isEqualTo(UNFILTERED.scan(answer));
        }
    }
}
