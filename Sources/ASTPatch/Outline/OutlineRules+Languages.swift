extension OutlineRules {
    /// The outline rules of each language astpatch ships a grammar for, by language name.
    public static let builtIn: [String: OutlineRules] = [
        "python": python, "javascript": javaScript, "typescript": typeScript, "tsx": typeScript,
        "go": go, "rust": rust, "c": c, "cpp": cpp, "csharp": cSharp, "java": java, "kotlin": kotlin,
        "ruby": ruby, "php": php, "bash": bash, "lua": lua, "scala": scala, "json": json, "yaml": yaml,
        "toml": toml, "css": css, "markdown": markdown,
    ]

    static let python = OutlineRules([
        "class_definition": Rule("class"),
        "function_definition": Rule("function", nestedKind: "method", isFunction: true),
        "assignment": Rule("variable", name: .field("left"), container: false, parents: ["expression_statement"],
                           outsideFunctionsOnly: true),
    ], wrappers: ["decorated_definition"])

    private static let ecmaScriptRules: [String: Rule] = [
        "class_declaration": Rule("class"),
        "class": Rule("class"),
        "function_declaration": Rule("function", isFunction: true),
        "generator_function_declaration": Rule("function", isFunction: true),
        "method_definition": Rule("method", isFunction: true),
        "field_definition": Rule("property", name: .field("property"), container: false),
        "variable_declarator": Rule("variable", outsideFunctionsOnly: true, isFunction: true),
    ]

    static let javaScript = OutlineRules(ecmaScriptRules, wrappers: ["export_statement"],
                                         singleDeclarationWrappers: ["lexical_declaration", "variable_declaration"])

    static let typeScript = OutlineRules(ecmaScriptRules.merging([
        "abstract_class_declaration": Rule("class"),
        "interface_declaration": Rule("interface"),
        "type_alias_declaration": Rule("type", container: false),
        "enum_declaration": Rule("enum"),
        "internal_module": Rule("namespace"),
        "module": Rule("module"),
        "public_field_definition": Rule("property", container: false),
        "method_signature": Rule("method", container: false),
        "abstract_method_signature": Rule("method", container: false),
        "property_signature": Rule("property", container: false),
        "function_signature": Rule("function", container: false),
    ]) { $1 }, wrappers: ["export_statement"], singleDeclarationWrappers: ["lexical_declaration", "variable_declaration"])

    static let go = OutlineRules([
        "function_declaration": Rule("function", isFunction: true),
        "method_declaration": Rule("method", qualifier: .typeName(field: "receiver"), isFunction: true),
        "type_spec": Rule("type"),
        "type_alias": Rule("type"),
        "method_elem": Rule("method", container: false),
        "method_spec": Rule("method", container: false),
        "field_declaration": Rule("field", container: false),
        "const_spec": Rule("constant", container: false, outsideFunctionsOnly: true),
        "var_spec": Rule("variable", container: false, outsideFunctionsOnly: true),
    ], singleDeclarationWrappers: ["const_declaration", "var_declaration", "type_declaration"])

    static let rust = OutlineRules([
        "mod_item": Rule("module"),
        "struct_item": Rule("struct"),
        "enum_item": Rule("enum"),
        "union_item": Rule("union"),
        "trait_item": Rule("trait"),
        "impl_item": Rule("impl", name: .typeName(field: "type"), listed: false),
        "function_item": Rule("function", nestedKind: "method", isFunction: true),
        "function_signature_item": Rule("function", nestedKind: "method", container: false),
        "const_item": Rule("constant", container: false, outsideFunctionsOnly: true),
        "static_item": Rule("static", container: false, outsideFunctionsOnly: true),
        "type_item": Rule("type", container: false),
        "macro_definition": Rule("macro", container: false),
        "field_declaration": Rule("field", container: false),
        "enum_variant": Rule("case", container: false),
    ], wrappers: [])

    private static let cRules: [String: Rule] = [
        "function_definition": Rule("function", name: .declarator("declarator"), isFunction: true),
        "struct_specifier": Rule("struct", parents: ["translation_unit", "declaration", "type_definition",
                                                     "declaration_list", "field_declaration_list"]),
        "union_specifier": Rule("union", parents: ["translation_unit", "declaration", "type_definition",
                                                   "declaration_list", "field_declaration_list"]),
        "enum_specifier": Rule("enum", parents: ["translation_unit", "declaration", "type_definition",
                                                 "declaration_list", "field_declaration_list"]),
        "type_definition": Rule("type", name: .declarator("declarator"), container: false),
        "preproc_function_def": Rule("macro", container: false),
        "preproc_def": Rule("macro", container: false),
    ]

    static let c = OutlineRules(cRules)

    static let cpp = OutlineRules(cRules.merging([
        "namespace_definition": Rule("namespace"),
        "class_specifier": Rule("class", parents: ["translation_unit", "declaration", "declaration_list",
                                                   "field_declaration_list", "template_declaration"]),
        "struct_specifier": Rule("struct", parents: ["translation_unit", "declaration", "declaration_list",
                                                     "field_declaration_list", "template_declaration", "type_definition"]),
        "function_definition": Rule("function", name: .declarator("declarator"), nestedKind: "method", isFunction: true),
        "alias_declaration": Rule("type", container: false),
    ]) { $1 }, wrappers: ["template_declaration"], qualifierSeparators: ["::"])

    static let cSharp = OutlineRules([
        "namespace_declaration": Rule("namespace"),
        "file_scoped_namespace_declaration": Rule("namespace"),
        "class_declaration": Rule("class"),
        "struct_declaration": Rule("struct"),
        "interface_declaration": Rule("interface"),
        "enum_declaration": Rule("enum"),
        "record_declaration": Rule("record"),
        "record_struct_declaration": Rule("record"),
        "delegate_declaration": Rule("delegate", container: false),
        "method_declaration": Rule("method", isFunction: true),
        "constructor_declaration": Rule("constructor", isFunction: true),
        "property_declaration": Rule("property", container: false),
        "event_declaration": Rule("event", container: false),
        "enum_member_declaration": Rule("case", container: false),
    ], qualifierSeparators: ["."])

    static let java = OutlineRules([
        "class_declaration": Rule("class"),
        "interface_declaration": Rule("interface"),
        "enum_declaration": Rule("enum"),
        "record_declaration": Rule("record"),
        "annotation_type_declaration": Rule("annotation"),
        "method_declaration": Rule("method", isFunction: true),
        "constructor_declaration": Rule("constructor", isFunction: true),
        "compact_constructor_declaration": Rule("constructor", isFunction: true),
        "enum_constant": Rule("case", container: false),
        "variable_declarator": Rule("field", container: false, parents: ["field_declaration", "constant_declaration"]),
    ], singleDeclarationWrappers: ["field_declaration", "constant_declaration"])

    static let kotlin = OutlineRules([
        "class_declaration": Rule("class", name: .firstChild(ofTypes: ["type_identifier", "identifier"])),
        "object_declaration": Rule("object", name: .firstChild(ofTypes: ["type_identifier", "identifier"])),
        "function_declaration": Rule("function", name: .firstChild(ofTypes: ["simple_identifier", "identifier"]),
                                     nestedKind: "method", isFunction: true),
        "property_declaration": Rule("property", name: .firstChild(ofTypes: ["variable_declaration"]), container: false,
                                     outsideFunctionsOnly: true),
        "type_alias": Rule("type", name: .firstChild(ofTypes: ["type_identifier", "identifier"]), container: false),
    ])

    static let ruby = OutlineRules([
        "class": Rule("class"),
        "module": Rule("module"),
        "method": Rule("method", isFunction: true),
        "singleton_method": Rule("method", isFunction: true),
    ], qualifierSeparators: ["::"])

    static let php = OutlineRules([
        "namespace_definition": Rule("namespace"),
        "class_declaration": Rule("class"),
        "interface_declaration": Rule("interface"),
        "trait_declaration": Rule("trait"),
        "enum_declaration": Rule("enum"),
        "function_definition": Rule("function", isFunction: true),
        "method_declaration": Rule("method", isFunction: true),
        "property_element": Rule("property", name: .firstChild(ofTypes: ["variable_name"]), container: false),
        "const_element": Rule("constant", name: .firstChild(ofTypes: ["name"]), container: false),
    ], qualifierSeparators: ["\\"])

    static let bash = OutlineRules([
        "function_definition": Rule("function", isFunction: true),
    ])

    static let lua = OutlineRules([
        "function_declaration": Rule("function", isFunction: true),
    ], qualifierSeparators: [".", ":"])

    static let scala = OutlineRules([
        "package_clause": Rule("package"),
        "class_definition": Rule("class"),
        "object_definition": Rule("object"),
        "trait_definition": Rule("trait"),
        "enum_definition": Rule("enum"),
        "function_definition": Rule("function", nestedKind: "method", isFunction: true),
        "function_declaration": Rule("function", nestedKind: "method", container: false),
        "val_definition": Rule("value", name: .field("pattern"), container: false, outsideFunctionsOnly: true),
        "var_definition": Rule("variable", name: .field("pattern"), container: false, outsideFunctionsOnly: true),
        "type_definition": Rule("type", container: false),
    ])

    static let json = OutlineRules([
        "pair": Rule("key", name: .field("key")),
    ])

    static let yaml = OutlineRules([
        "block_mapping_pair": Rule("key", name: .field("key")),
    ])

    static let toml = OutlineRules([
        "table": Rule("table", name: .firstChild(ofTypes: ["bare_key", "dotted_key", "quoted_key"])),
        "table_array_element": Rule("table", name: .firstChild(ofTypes: ["bare_key", "dotted_key", "quoted_key"])),
        "pair": Rule("key", name: .firstChild(ofTypes: ["bare_key", "dotted_key", "quoted_key"]), container: false),
    ])

    static let css = OutlineRules([
        "rule_set": Rule("rule", name: .firstChild(ofTypes: ["selectors"]), container: false),
        "media_statement": Rule("media", name: .firstChild(ofTypes: ["feature_query", "keyword_query", "binary_query"])),
        "keyframes_statement": Rule("keyframes", name: .firstChild(ofTypes: ["keyframes_name"]), container: false),
    ])

    static let markdown = OutlineRules([
        "atx_heading": Rule("heading", name: .firstChild(ofTypes: ["inline", "heading_content"]), container: false),
        "setext_heading": Rule("heading", name: .firstChild(ofTypes: ["paragraph"]), container: false),
    ])
}
