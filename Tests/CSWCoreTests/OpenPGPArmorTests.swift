import CSWCore
import Testing

/// gpgv reads only binary keyrings: csw takes the armour off the workspace's keyring.
@Suite struct OpenPGPArmorTests {
    @Test func base64DecodesWithAndWithoutPadding() {
        #expect(OpenPGPArmor.base64("aGVsbG8=") == Array("hello".utf8))
        #expect(OpenPGPArmor.base64("aGVs\nbG8") == Array("hello".utf8))
        #expect(OpenPGPArmor.base64("aGV*bG8=") == nil)
    }

    @Test func armouredBlocksAreDecodedAndConcatenated() {
        let text = """
        -----BEGIN PGP PUBLIC KEY BLOCK-----
        Comment: two keys

        aGVs
        bG8=
        =abcd
        -----END PGP PUBLIC KEY BLOCK-----
        -----BEGIN PGP PUBLIC KEY BLOCK-----

        IHdvcmxk
        -----END PGP PUBLIC KEY BLOCK-----

        """
        #expect(OpenPGPArmor.dearmor(Array(text.utf8)) == Array("hello world".utf8))
    }

    @Test func binaryPassesAndBrokenArmourIsRefused() {
        #expect(OpenPGPArmor.dearmor([0x99, 0x01, 0x0d]) == [0x99, 0x01, 0x0d])
        #expect(OpenPGPArmor.dearmor(Array("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\naGVsbG8=\n".utf8)) == nil, "no END line")
        #expect(OpenPGPArmor.dearmor(Array("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%%%\n-----END PGP PUBLIC KEY BLOCK-----\n".utf8)) == nil)
    }
}
